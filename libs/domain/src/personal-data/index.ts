export * from './erasure-schedule';
export * from './sealed-envelope';
export * from './personal-fields';
export * from './personal-data-erasure';
