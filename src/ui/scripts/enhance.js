// Forms that post without a reload (src/ui/enhance.rs renders the page's side of it). Without
// JavaScript, or before this arrives, they are plain posts. With it: a post marks its form busy
// (buttons disabled, `aria-busy`), the server's answer replaces the page in place, the address
// bar follows redirects, a complete 6-digit code submits itself, and `data-copy` buttons copy
// their text. Every word shown comes from the page (the catalog, in the page's language).

// The request header that marks a background post, and the response header that carries its
// redirect instead (src/server/forms.rs).
const HEADER = 'x-enhanced';
const REDIRECT = 'x-redirect-to';
// A code this long submits its form by itself.
const CODE_DIGITS = 6;

const revealCopyButtons = () => {
  for (const button of document.querySelectorAll('[data-copy]')) button.removeAttribute('hidden');
};

const busy = (form, on) => {
  form.setAttribute('aria-busy', on ? 'true' : 'false');
  for (const button of form.querySelectorAll('button')) button.disabled = on;
};

// Nothing reached the server, or its answer did not arrive: the input stays, and the page says so.
const offline = (form) => {
  busy(form, false);
  document.getElementById('enhance-offline')?.removeAttribute('hidden');
};

const parse = async (answer) =>
  new DOMParser().parseFromString(await answer.text(), 'text/html');

// The answer's page in place of this one, and (`focus`) the focus where the user goes on.
const show = (page, focus) => {
  document.title = page.title;
  document.body.innerHTML = page.body.innerHTML;
  revealCopyButtons();
  // For the page's own script (password.js) to bring the new content to life.
  document.dispatchEvent(new Event('page-swapped'));
  if (!focus) return;
  const next = ['[aria-invalid=true]', 'input[autocomplete=one-time-code]', 'h1']
    .map((selector) => document.querySelector(selector))
    .find(Boolean);
  if (!next) return;
  if (next.tagName === 'H1') next.setAttribute('tabindex', '-1');
  next.focus();
};

const send = async (form) => {
  const answer = await fetch(form.action, {
    method: 'POST',
    body: new URLSearchParams(new FormData(form)),
    headers: { [HEADER]: '1' },
  });
  // A redirect comes as a header (the server does not let `fetch` follow it): the same page is
  // fetched and swapped in; another page is loaded, its islands and all.
  const to = answer.headers.get(REDIRECT);
  if (to) {
    const target = new URL(to, location.href);
    if (target.pathname !== location.pathname) {
      location.assign(target.href);
      return;
    }
    const page = await fetch(target.href);
    show(await parse(page), true);
    if (target.href !== location.href) history.pushState(null, '', target.href);
    return;
  }
  if (!(answer.headers.get('content-type') || '').startsWith('text/html')) {
    // Not a page (a refusal from a layer before the app): let the browser post it.
    form.submit();
    return;
  }
  show(await parse(answer), true);
};

const post = async (form) => {
  busy(form, true);
  try {
    await send(form);
  } catch {
    offline(form);
  }
};

// A `data-refresh` form asks for its page again (the home page's "Check again"): fetched and
// swapped in, where the focus was.
const refresh = async (form) => {
  busy(form, true);
  try {
    show(await parse(await fetch(form.action)), false);
  } catch {
    offline(form);
  }
};

// On <html>, which outlives every swap: tells tests (and the curious) the forms are live.
document.documentElement.setAttribute('data-enhanced', 'true');

// On the document, not the forms: they are replaced with every answer.
document.addEventListener('submit', (ev) => {
  const form = ev.target;
  if (!(form instanceof HTMLFormElement)) return;
  if (form.method === 'get' && form.hasAttribute('data-refresh')) {
    ev.preventDefault();
    refresh(form);
    return;
  }
  // The page's own forms only: the header's (sign out, language) leave the page, and a
  // `data-plain` form's answer is not a page (a download).
  if (form.method !== 'post' || !form.closest('main') || form.hasAttribute('data-plain')) return;
  ev.preventDefault();
  if (form.getAttribute('aria-busy') !== 'true') post(form);
});

document.addEventListener('input', (ev) => {
  const input = ev.target;
  if (!(input instanceof HTMLInputElement)) return;
  const digits = input.value.replace(/[^0-9]/g, '').length;
  if (input.autocomplete === 'one-time-code' && digits === CODE_DIGITS) input.form?.requestSubmit();
});

// Buttons that copy text (`data-copy`): shown only where a script can copy.
revealCopyButtons();
document.addEventListener('click', async (ev) => {
  const button = ev.target instanceof Element && ev.target.closest('[data-copy]');
  if (!button) return;
  try {
    await navigator.clipboard.writeText(button.dataset.copy);
    button.textContent = button.dataset.copied;
  } catch {
    // Not allowed here: the text stays on the page to copy by hand.
  }
});

// The entries pushed for redirects have no content of their own: load them.
window.addEventListener('popstate', () => location.reload());
