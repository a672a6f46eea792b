// Adds a passkey on the two-step page (src/features/passkey): the password proves it to Logto,
// the browser makes the passkey from Logto's options, Logto checks and keeps it. Every word shown
// comes from the page (the catalog, in the page's language).
const form = document.getElementById('passkey-add');

if (form) {
  const status = form.querySelector('.form-status');
  const button = form.querySelector('button[type="submit"]');
  const password = form.elements.namedItem('password');
  const name = form.elements.namedItem('name');
  const text = form.dataset;

  const say = (message, kind) => {
    status.textContent = message;
    status.className = kind ? `form-status notice ${kind}` : 'form-status';
  };

  // The server's own words for a refusal it can explain; ours otherwise.
  const refusal = (error) => {
    if (error && error.kind === 'invalid' && error.message) return error;
    if (error && error.kind === 'unauthenticated') location.reload();
    return { message: text.failed };
  };

  const call = async (url, body) => {
    let res;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      });
    } catch {
      throw { message: text.offline };
    }
    const data = await res.json().catch(() => null);
    if (!res.ok) throw refusal(data);
    return data;
  };

  const create = async (options) => {
    const publicKey = PublicKeyCredential.parseCreationOptionsFromJSON(options);
    try {
      return await navigator.credentials.create({ publicKey });
    } catch (e) {
      const closed = e && (e.name === 'NotAllowedError' || e.name === 'AbortError');
      throw { message: closed ? text.cancelled : text.failed };
    }
  };

  const add = async () => {
    password.removeAttribute('aria-invalid');
    const options = await call(text.start, { password: password.value });
    say(text.working);
    const credential = await create(options);
    await call(text.finish, { credential: credential.toJSON(), name: name.value });
    location.assign(text.done);
  };

  document.getElementById('passkey-needs-js')?.remove();
  form.hidden = false;
  if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
    say(text.unsupported, 'warn');
    button.disabled = true;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      await add();
    } catch (error) {
      say(error.message || text.failed, 'error');
      if (error.field === 'password') {
        password.setAttribute('aria-invalid', 'true');
        password.focus();
      }
      button.disabled = false;
    }
  });
}
