import { describe, it, expect } from 'vitest';
import { acceptedTypesText, formatSize } from './attachment-messages.js';

describe('acceptedTypesText', () => {
  it('names the accepted types as candidates know them', () => {
    expect(acceptedTypesText(['image/jpeg', 'image/png'])).toBe('JPG/PNG');
    expect(acceptedTypesText(['application/pdf'])).toBe('PDF');
    expect(acceptedTypesText(['image/webp'])).toBe('image/webp');
    expect(acceptedTypesText(['toString'])).toBe('toString');
  });
});

describe('formatSize', () => {
  it('shows whole KB as they are', () => {
    expect(formatSize(500 * 1024, 'down')).toBe('500 KB');
    expect(formatSize(30 * 1024, 'up')).toBe('30 KB');
  });

  it('rounds the actual size up and the limit down', () => {
    expect(formatSize(626_000, 'up')).toBe('612 KB');
    expect(formatSize(626_000, 'down')).toBe('611 KB');
    expect(formatSize(500_000, 'down')).toBe('488 KB');
  });

  it('keeps one decimal below 10 KB', () => {
    expect(formatSize(1536, 'down')).toBe('1.5 KB');
    expect(formatSize(1537, 'up')).toBe('1.6 KB');
  });

  it('shows bytes below 1 KB', () => {
    expect(formatSize(0, 'up')).toBe('0 B');
    expect(formatSize(1023, 'down')).toBe('1023 B');
  });
});
