// Scalars shared by all types. DateTime is ISO-8601 with offset: evidence times must be unambiguous.
import { DateTimeResolver } from 'graphql-scalars';
import { builder } from './builder.ts';

builder.addScalarType('DateTime', DateTimeResolver, {});
