export * from './hand-over-events';
export * from './certified-finalists';
export * from './child-finalists';
