// The password form's live checklist (src/features/password): ticks the policy's rules as the
// new password is typed, and shows the "show passwords" switch. The server's check (Logto's
// `check-password`) stays authoritative; the rules here are src/features/password/rules.rs's,
// checked against the same cases by end2end/tests/scripts.spec.ts.

const RUN = 3;
const SYMBOLS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ ";
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

const isLower = (c) => c >= 'a' && c <= 'z';
const isUpper = (c) => c >= 'A' && c <= 'Z';
const isDigit = (c) => c >= '0' && c <= '9';
const isSymbol = (c) => SYMBOLS.includes(c);
const asciiLower = (s) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

const characterTypes = (chars) =>
  [isLower, isUpper, isDigit, isSymbol].filter((is) => chars.some(is)).length;

const hasSequence = (chars) => {
  const lower = chars.map(asciiLower);
  for (let i = 0; i + RUN <= lower.length; i += 1) {
    const run = lower.slice(i, i + RUN);
    const forward = run.join('');
    const backward = [...run].reverse().join('');
    if (SEQUENCES.some((seq) => seq.includes(forward) || seq.includes(backward))) return true;
  }
  return false;
};

const hasRepetition = (chars) =>
  chars.some((c, i) => i + RUN <= chars.length && chars.slice(i, i + RUN).every((d) => d === c));

// Whether `password` meets a rule (by its key, as rules.rs names it); `words` are the user's own
// words (lowercase).
export const passes = (rule, policy, password, words) => {
  const chars = [...password];
  switch (rule) {
    case 'too_short':
      return chars.length >= policy.min_length;
    case 'too_long':
      return chars.length <= policy.max_length;
    case 'character_types':
      return characterTypes(chars) >= policy.min_character_types;
    case 'unsupported_characters':
      return chars.every((c) => isLower(c) || isUpper(c) || isDigit(c) || isSymbol(c));
    case 'repetition':
      return !hasRepetition(chars);
    case 'sequence':
      return !hasSequence(chars);
    case 'user_info': {
      const lower = asciiLower(password);
      return !words.filter((w) => [...w].length >= RUN).some((w) => lower.includes(w));
    }
    default:
      return true;
  }
};

// Listeners on the document: the form is replaced when a post is answered in place
// (enhance.js), and tells so with `page-swapped`.
const wire = () => {
  const form = () => document.querySelector('form[data-policy]');
  const reveal = () => document.getElementById('show-passwords')?.removeAttribute('hidden');
  document.addEventListener('input', (ev) => {
    const here = form();
    if (!here || ev.target.id !== 'password-new') return;
    const policy = JSON.parse(here.dataset.policy);
    const words = JSON.parse(here.dataset.words);
    const typed = ev.target.value;
    for (const item of here.querySelectorAll('[data-rule]')) {
      const met = typed !== '' && passes(item.dataset.rule, policy, typed, words);
      item.className = met ? 'met' : '';
    }
  });
  document.addEventListener('change', (ev) => {
    if (ev.target.id !== 'show-passwords-input') return;
    for (const id of ['password-current', 'password-new', 'password-repeat']) {
      document.getElementById(id)?.setAttribute('type', ev.target.checked ? 'text' : 'password');
    }
  });
  document.addEventListener('page-swapped', reveal);
  reveal();
};

if (typeof document !== 'undefined') wire();
