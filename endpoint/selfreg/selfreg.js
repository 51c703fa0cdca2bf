// The self-registration page (endpoint/SelfRegPage.cpp, docs/api.md "Self-registration page").
// It builds the form from /r/<link>/form, asks /r/<link>/check as the person types (300 ms
// after the last key) and shows the engine's own messages under the questions, and sends the
// answers once to /r/<link>/entries. No cookies, no storage, nothing from another host.
'use strict';

(function () {
  const main = document.getElementById('main');
  if (!main || main.dataset.state !== 'open') {
    return;
  }
  const lang = main.dataset.lang === 'en' ? 'en' : 'nl';
  const base = window.location.pathname.replace(/\/+$/, '');
  const query = '?lang=' + lang;
  const form = document.getElementById('form');
  const fieldsBox = document.getElementById('fields');
  const summary = document.getElementById('summary');
  const submit = document.getElementById('submit');
  const notice = document.getElementById('notice');
  let texts = {};
  let fields = [];
  const touched = new Set();
  let entryId = null; // one per filled form: a second send is the same entry (a replay)
  let timer = null;
  let sequence = 0;
  let sending = false;

  function make(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      node.setAttribute(name, value);
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  async function call(path, method, body) {
    const response = await fetch(base + path + query, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'omit',
      cache: 'no-store'
    });
    let data = {};
    try {
      data = await response.json();
    } catch (e) {
      data = {};
    }
    return { status: response.status, data: data };
  }

  function inputAttributes(field) {
    const id = 'in_' + field.key;
    const attributes = {
      id: id, name: field.key, 'aria-describedby': 'help_' + field.key + ' msg_' + field.key
    };
    if (field.maxLength) {
      attributes.maxlength = String(field.maxLength);
    }
    switch (field.type) {
      case 'email':
        return Object.assign(attributes, { type: 'email', autocomplete: 'email', inputmode: 'email' });
      case 'phone':
        return Object.assign(attributes, { type: 'tel', autocomplete: 'tel', inputmode: 'tel' });
      case 'date':
        return Object.assign(attributes, { type: 'text', inputmode: 'numeric', autocomplete: 'bday', placeholder: lang === 'en' ? 'dd-mm-yyyy' : 'dd-mm-jjjj' });
      case 'integer':
      case 'municipality':
        return Object.assign(attributes, { type: 'text', inputmode: 'numeric' });
      case 'postcode':
        return Object.assign(attributes, { type: 'text', autocomplete: 'postal-code', autocapitalize: 'characters' });
      default:
        return Object.assign(attributes, { type: 'text' });
    }
  }

  function requiredMark(field) {
    const mark = make('span', { class: 'mark', id: 'req_' + field.key, title: texts.required }, '*');
    mark.setAttribute('aria-label', texts.required);
    mark.hidden = !field.required;
    return mark;
  }

  function buildField(field) {
    const help = make('p', { class: 'help', id: 'help_' + field.key }, field.help || '');
    const message = make('p', { class: 'message', id: 'msg_' + field.key, 'aria-live': 'polite' });
    let box;
    if (field.type === 'bool') {
      box = make('div', { class: 'field', id: 'box_' + field.key });
      const input = make('input', { type: 'checkbox', id: 'in_' + field.key, name: field.key, 'aria-describedby': 'help_' + field.key + ' msg_' + field.key });
      const label = make('label', { class: 'choice', for: 'in_' + field.key });
      label.append(input, make('span', {}, field.label));
      box.append(label, help, message);
      input.addEventListener('change', () => edited(field.key));
    } else if (field.type === 'enum' && field.codes.length <= 4) {
      box = make('fieldset', { class: 'field', id: 'box_' + field.key, 'aria-describedby': 'help_' + field.key + ' msg_' + field.key });
      const legend = make('legend', {}, field.label);
      legend.append(requiredMark(field));
      box.append(legend, help);
      field.codes.forEach((code, index) => {
        const id = 'in_' + field.key + '_' + index;
        const input = make('input', { type: 'radio', id: id, name: field.key, value: code.code });
        const label = make('label', { class: 'choice', for: id });
        label.append(input, make('span', {}, code.label));
        box.append(label);
        input.addEventListener('change', () => edited(field.key));
      });
      box.append(message);
    } else {
      box = make('div', { class: 'field', id: 'box_' + field.key });
      const label = make('label', { for: 'in_' + field.key }, field.label);
      label.append(requiredMark(field));
      let input;
      if (field.type === 'enum') {
        input = make('select', { id: 'in_' + field.key, name: field.key, 'aria-describedby': 'help_' + field.key + ' msg_' + field.key });
        input.append(make('option', { value: '' }, texts.choose));
        for (const code of field.codes) {
          input.append(make('option', { value: code.code }, code.label));
        }
        input.addEventListener('change', () => edited(field.key));
      } else {
        input = make('input', inputAttributes(field));
        input.addEventListener('input', () => edited(field.key));
        input.addEventListener('blur', () => left(field.key));
      }
      box.append(label, help, input, message);
    }
    return box;
  }

  function valueOf(field) {
    if (field.type === 'bool') {
      return document.getElementById('in_' + field.key).checked ? 'ja' : 'nee';
    }
    if (field.type === 'enum' && field.codes.length <= 4) {
      const chosen = form.querySelector('input[name="' + field.key + '"]:checked');
      return chosen ? chosen.value : '';
    }
    return document.getElementById('in_' + field.key).value;
  }

  function record() {
    const values = {};
    for (const field of fields) {
      const box = document.getElementById('box_' + field.key);
      values[field.key] = box.hidden ? '' : valueOf(field);
    }
    return values;
  }

  // Shows the engine's answer: which questions are asked now, which are required, and the
  // message of each question the person has reached (a blank form is not a page of errors).
  function show(result, all) {
    for (const field of fields) {
      const answer = result[field.key];
      if (!answer) {
        continue;
      }
      const box = document.getElementById('box_' + field.key);
      box.hidden = !answer.shown;
      const mark = document.getElementById('req_' + field.key);
      if (mark) {
        mark.hidden = !answer.required;
      }
      const speaks = all || touched.has(field.key);
      const severity = speaks ? answer.severity : '';
      box.classList.toggle('error', severity === 'error');
      box.classList.toggle('warning', severity === 'warning');
      document.getElementById('msg_' + field.key).textContent = speaks ? answer.message : '';
      const input = document.getElementById('in_' + field.key);
      if (input) {
        input.setAttribute('aria-invalid', severity === 'error' ? 'true' : 'false');
        if (answer.normalised && input.type !== 'checkbox' && input.tagName === 'INPUT' && document.activeElement !== input && input.value !== answer.normalised) {
          input.value = answer.normalised;
        }
      }
    }
  }

  async function check(all) {
    const mine = ++sequence;
    try {
      const reply = await call('/check', 'POST', { record: record() });
      if (mine === sequence && reply.status === 200) {
        show(reply.data.fields, all);
      }
    } catch (e) {
      // The next keystroke asks again; the entry itself reports a lost connection.
    }
  }

  function edited(key) {
    touched.add(key);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => check(false), 300);
  }

  function left(key) {
    if (valueOf(fields.find((f) => f.key === key)) !== '') {
      touched.add(key);
      window.clearTimeout(timer);
      check(false);
    }
  }

  function firstError() {
    return fieldsBox.querySelector('.field.error:not([hidden]) input, .field.error:not([hidden]) select');
  }

  async function send(event) {
    event.preventDefault();
    if (sending) {
      return;
    }
    sending = true;
    submit.disabled = true;
    submit.textContent = texts.sending;
    summary.hidden = true;
    if (!entryId) {
      entryId = window.crypto.randomUUID();
    }
    try {
      const reply = await call('/entries', 'POST', { entry: entryId, record: record() });
      if (reply.status === 201 || reply.status === 409) {
        thanks();
        return;
      }
      if (reply.status === 410) {
        closed(reply.data.message);
        return;
      }
      if (reply.status === 422 && reply.data.fields) {
        fields.forEach((f) => touched.add(f.key));
        show(reply.data.fields, true);
        entryId = null; // the answers change: the next send is another entry
      }
      summary.textContent = reply.data.message || texts.network;
      summary.hidden = false;
      const wrong = firstError();
      if (wrong) {
        wrong.focus();
      }
    } catch (e) {
      summary.textContent = texts.network;
      summary.hidden = false;
    } finally {
      sending = false;
      submit.disabled = false;
      submit.textContent = texts.submit;
    }
  }

  function thanks() {
    form.hidden = true;
    // A switch of language now would show an empty form, inviting a second sign-up.
    document.getElementById('switch').hidden = true;
    const section = document.getElementById('thanks');
    document.getElementById('thanks-title').textContent = texts.thanksTitle;
    document.getElementById('thanks-body').textContent = texts.thanksBody;
    section.hidden = false;
    section.focus();
  }

  function closed(message) {
    form.hidden = true;
    main.dataset.state = 'closed';
    notice.textContent = message;
  }

  async function load() {
    let reply;
    try {
      reply = await call('/form', 'GET');
    } catch (e) {
      notice.textContent = lang === 'en' ? 'The form could not be loaded. Check your internet connection.' : 'Het formulier kon niet worden geladen. Kijk of je internet hebt.';
      return;
    }
    if (reply.status !== 200) {
      if (reply.status === 410) {
        closed(reply.data.message);
      } else {
        notice.textContent = reply.data.message || '';
      }
      return;
    }
    texts = reply.data.texts;
    fields = reply.data.fields;
    document.getElementById('intro').textContent = texts.intro;
    submit.textContent = texts.submit;
    for (const field of fields) {
      fieldsBox.append(buildField(field));
    }
    form.addEventListener('submit', send);
    notice.textContent = '';
    // The engine decides which questions are asked before the form shows, so none flashes up
    // and goes again (check() never throws: without an answer every question shows).
    await check(false);
    form.hidden = false;
  }

  load();
}());
