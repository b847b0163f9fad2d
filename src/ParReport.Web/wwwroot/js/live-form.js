// Live rates and violations while an official types: the server computes them (it is the truth) from the
// values as typed, without saving anything. Without JavaScript the form still saves and shows them after saving.
(function () {
  const form = document.getElementById('entry');
  if (!form || !form.dataset.check) return;
  let timer = null;
  let latest = 0;

  async function check() {
    const ticket = ++latest;
    let result;
    try {
      const response = await fetch(form.dataset.check, { method: 'POST', body: new FormData(form) });
      // A session that ended answers with the log-in page: keep what is shown; saving will ask to log in.
      if (!response.ok || !(response.headers.get('content-type') || '').includes('json')) return;
      result = await response.json();
    } catch {
      return;
    }
    if (ticket !== latest) return;
    for (const output of form.querySelectorAll('output[data-rate]')) {
      output.textContent = result.rates[output.dataset.rate] ?? '—';
    }
    for (const list of form.querySelectorAll('ul[data-errors]')) {
      const messages = result.errors[list.dataset.errors] ?? [];
      list.replaceChildren(...messages.map(m => Object.assign(document.createElement('li'), { textContent: m })));
      list.closest('tr').classList.toggle('has-error', messages.length > 0);
    }
    const summary = document.getElementById('summary');
    if (summary) {
      summary.hidden = result.messages.length === 0;
      summary.querySelector('ul').replaceChildren(...result.messages.map(m => Object.assign(document.createElement('li'), { textContent: m })));
    }
  }

  // Shown again after a refused save: the checks of the values as typed, not only of the stored ones.
  if (form.dataset.recheck) check();

  form.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(check, 250);
  });
})();
