// The fixtures live beside the domain's attachment rules (libs/domain may import nothing outside itself).
export * from '@app/domain/attachments/attachment-fixtures.testing';
