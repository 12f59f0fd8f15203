export * from './erasure-schedule';
