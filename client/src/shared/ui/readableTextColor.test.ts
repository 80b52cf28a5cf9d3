import { describe, expect, it } from 'vitest';
import { readableTextColor } from './readableTextColor';

describe('readableTextColor', () => {
  it('puts black text on light colours', () => {
    expect(readableTextColor('#ffffff')).toBe('#000000');
    expect(readableTextColor('#ffeb3b')).toBe('#000000'); // yellow
    expect(readableTextColor('#90CAF9')).toBe('#000000'); // light blue, upper case
  });

  it('puts white text on dark colours, such as the seeded focus areas', () => {
    expect(readableTextColor('#000000')).toBe('#ffffff');
    expect(readableTextColor('#2e7d32')).toBe('#ffffff'); // bioeconomy green
    expect(readableTextColor('#6a1b9a')).toBe('#ffffff'); // pharma purple
    expect(readableTextColor('#37474f')).toBe('#ffffff'); // defence slate
    expect(readableTextColor('#c62828')).toBe('#ffffff'); // public health red
  });

  it('picks by contrast, not by a fixed threshold: mid grey gets black', () => {
    // #777777 has contrast 4.48 with white and 4.69 with black.
    expect(readableTextColor('#777777')).toBe('#000000');
  });
});
