// The pages' scripts (src/ui/scripts) repeat two pieces of the server's rules for the browser:
// the password checklist and the photo's framing. The same cases as the Rust unit tests
// (src/features/password/rules.rs, src/features/photo/crop.rs) keep both sides in step.
import { expect, test } from '@playwright/test';
import { passes } from '../../src/ui/scripts/password.js';
import { centred, crop, moved, zoomed } from '../../src/ui/scripts/photo.js';

const policy = {
  min_length: 8,
  max_length: 256,
  min_character_types: 3,
  reject_repetition_and_sequence: true,
  reject_user_info: true,
};
// rules.rs's local_rules for this policy, in its order.
const rules = ['too_short', 'character_types', 'unsupported_characters', 'repetition', 'sequence', 'user_info'];
// rules.rs's user_words(Some("Dana Scully"), Some("dana"), Some("d.s@x.io"), None).
const words = ['dana', 'danascully', 'scully'];
const failed = (password: string) => rules.filter((r) => !passes(r, policy, password, words));

test('the password checklist checks each rule as the server does', () => {
  expect(failed('Vt9!mzQ2pL')).toEqual([]);
  expect(failed('Vt9!mz')).toEqual(['too_short']);
  expect(failed('vt9mzqpwlr')).toEqual(['character_types']);
  expect(failed('Vt9!mzQ2pLé')).toEqual(['unsupported_characters']);
  expect(failed('Vt9!mzQ2pLLL')).toEqual(['repetition']);
  expect(failed('Vt9!mzQ2pabc')).toEqual(['sequence']);
  expect(failed('Vt9!mzQ2pCBA')).toEqual(['sequence']);
  expect(failed('Vt9!DANAQ2pL')).toEqual(['user_info']);
  expect(failed('Vt9!mzScully')).toEqual(['user_info']);
});

test('a framing stays inside the image and becomes the crop the server reads', () => {
  const start = centred(300, 100);
  expect(crop(start)).toEqual({ crop_x: '333333', crop_y: '0', crop_side: '1000000' });
  expect(crop(moved(start, 1000, 50))).toEqual({ crop_x: '666667', crop_y: '0', crop_side: '1000000' });
  const zoomedIn = moved(zoomed(start, 2), -1000, -1000);
  expect(crop(zoomedIn)).toEqual({ crop_x: '0', crop_y: '0', crop_side: '500000' });
  expect(zoomed(start, 10).zoom).toBe(4);
});
