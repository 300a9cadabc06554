import { useEffect, useState } from 'preact/hooks';
import { onAuthChange, refusedToken, setToken } from '../api';

/** Shown when the API answers 401: the token goes to sessionStorage (this tab only). */
export function TokenForm() {
  const [value, setValue] = useState('');
  const [refused, setRefused] = useState(refusedToken());
  useEffect(() => onAuthChange(() => setRefused(refusedToken())), []);
  return (
    <section class="token-form" aria-labelledby="token-title">
      <h1 id="token-title">Access token required</h1>
      <p>This server asks for its access token (DOSSIER_TOKEN). It is kept in this tab only and sent with each request.</p>
      {refused && <p class="error" role="alert">The server refused that token.</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) setToken(value.trim());
        }}
      >
        <label for="token">Token</label>
        <input id="token" type="password" autocomplete="current-password" value={value} onInput={(e) => setValue(e.currentTarget.value)} required />
        <button type="submit">Continue</button>
      </form>
    </section>
  );
}
