/** The emulator's API contract: schemas from Clerk's OpenAPI specs, the route table, the validator. */
export { checkExchange, validateExchange, type Exchange } from './validate.ts';
export { findRoute, patternKey, ROUTES, type Route, type Surface } from './routes.ts';
export { undeclaredFields, undeclaredInExchange } from './undeclared.ts';
