// Loaded with `node -r` into the child the memory bench runs: prints the process's peak resident
// memory (getrusage maxRSS, in KiB) as it exits, so the figure is the kernel's, not a sampled one.
process.on('exit', () => process.stderr.write(`\nhostchain-bench maxRSS ${process.resourceUsage().maxRSS}\n`));
