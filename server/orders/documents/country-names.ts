// Country names for the documents, in Dutch and English: the EU member states (where an
// Article 4 copy can go) and the countries providers are most often registered in. Any other
// country is printed as its code.
const NAMES: Record<string, [en: string, nl: string]> = {
  AT: ['Austria', 'Oostenrijk'], BE: ['Belgium', 'België'], BG: ['Bulgaria', 'Bulgarije'], HR: ['Croatia', 'Kroatië'], CY: ['Cyprus', 'Cyprus'],
  CZ: ['Czechia', 'Tsjechië'], DK: ['Denmark', 'Denemarken'], EE: ['Estonia', 'Estland'], FI: ['Finland', 'Finland'], FR: ['France', 'Frankrijk'],
  DE: ['Germany', 'Duitsland'], GR: ['Greece', 'Griekenland'], HU: ['Hungary', 'Hongarije'], IE: ['Ireland', 'Ierland'], IT: ['Italy', 'Italië'],
  LV: ['Latvia', 'Letland'], LT: ['Lithuania', 'Litouwen'], LU: ['Luxembourg', 'Luxemburg'], MT: ['Malta', 'Malta'], NL: ['the Netherlands', 'Nederland'],
  PL: ['Poland', 'Polen'], PT: ['Portugal', 'Portugal'], RO: ['Romania', 'Roemenië'], SK: ['Slovakia', 'Slowakije'], SI: ['Slovenia', 'Slovenië'],
  ES: ['Spain', 'Spanje'], SE: ['Sweden', 'Zweden'], US: ['the United States', 'de Verenigde Staten'], GB: ['the United Kingdom', 'het Verenigd Koninkrijk'],
  CH: ['Switzerland', 'Zwitserland'], NO: ['Norway', 'Noorwegen'], RU: ['Russia', 'Rusland'], UA: ['Ukraine', 'Oekraïne'], SC: ['Seychelles', 'Seychellen'],
  PA: ['Panama', 'Panama'], CA: ['Canada', 'Canada'], SG: ['Singapore', 'Singapore'], HK: ['Hong Kong', 'Hongkong'],
};

export function countryName(code: string | null, language: 'en' | 'nl'): string {
  if (code === null || code === '') return language === 'nl' ? 'onbekend' : 'unknown';
  const c = code.toUpperCase() === 'EL' ? 'GR' : code.toUpperCase();
  const names = NAMES[c];
  return names === undefined ? c : names[language === 'en' ? 0 : 1];
}
