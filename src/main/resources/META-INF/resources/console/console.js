'use strict';

// Telegram's HTML parse mode: these tags, these attributes; everything else is shown as its text only.
const TELEGRAM_TAGS = {
  b: [], strong: [], i: [], em: [], u: [], ins: [], s: [], strike: [], del: [],
  span: ['class'], 'tg-spoiler': [], 'tg-emoji': [], a: ['href'], code: ['class'], pre: [], blockquote: ['expandable']
};

function safeAttribute(tag, name, value) {
  if (name === 'href') return /^(https?:|tg:|mailto:)/i.test(value.trim());
  if (name === 'class') return tag === 'span' ? value === 'tg-spoiler' : /^language-[\w+#-]+$/.test(value);
  return true;
}

function telegramHtml(html) {
  const template = document.createElement('template');
  template.innerHTML = html; // parsed inert: nothing in a template's content runs or loads
  const safe = document.createDocumentFragment();
  copyAllowed(template.content, safe);
  return safe;
}

function copyAllowed(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.appendChild(document.createTextNode(node.data));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const tag = node.localName;
      if (!Object.prototype.hasOwnProperty.call(TELEGRAM_TAGS, tag)) {
        copyAllowed(node, to);
        continue;
      }
      const element = document.createElement(tag);
      for (const name of TELEGRAM_TAGS[tag]) {
        const value = node.getAttribute(name);
        if (value !== null && safeAttribute(tag, name, value)) element.setAttribute(name, value);
      }
      if (tag === 'a') { element.target = '_blank'; element.rel = 'noopener noreferrer'; }
      copyAllowed(node, element);
      to.appendChild(element);
    }
  }
}

function unescapeSlack(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

// Slack mrkdwn, approximately: <links|label>, *bold*, _italic_, ~strike~, `code`, ```blocks```.
function mrkdwn(text, into) {
  for (const part of (text || '').split(/(<[^<>]*>)/)) {
    const link = /^<([^<>|]*)(?:\|([^<>]*))?>$/.exec(part);
    if (!link) {
      inline(unescapeSlack(part), into);
    } else if (/^(https?:|mailto:)/i.test(link[1])) {
      const a = document.createElement('a');
      a.href = unescapeSlack(link[1]);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = unescapeSlack(link[2] || link[1]);
      into.appendChild(a);
    } else {
      into.appendChild(document.createTextNode(unescapeSlack(link[2] || link[1])));
    }
  }
}

const INLINE = /```([\s\S]+?)```|`([^`\n]+)`|\*([^*\n]+)\*|_([^_\n]+)_|~([^~\n]+)~/g;
const INLINE_TAGS = ['pre', 'code', 'b', 'i', 's'];

function inline(text, into) {
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    into.appendChild(document.createTextNode(text.slice(last, match.index)));
    const group = match.slice(1).findIndex(g => g !== undefined);
    const element = document.createElement(INLINE_TAGS[group]);
    if (group < 2) element.textContent = match[group + 1]; else inline(match[group + 1], element);
    into.appendChild(element);
    last = match.index + match[0].length;
  }
  into.appendChild(document.createTextNode(text.slice(last)));
}

function textObject(object, into) {
  if (!object) return;
  if (object.type === 'mrkdwn') mrkdwn(object.text, into); else into.appendChild(document.createTextNode(object.text || ''));
}

function plainTexts(element) {
  if (!element || typeof element !== 'object') return '';
  if (typeof element.text === 'string') return element.text;
  if (Array.isArray(element.elements)) return element.elements.map(plainTexts).join('');
  return '';
}

function button(label, command, className) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = className;
  b.textContent = label;
  if (command) {
    b.dataset.command = command;
    b.addEventListener('click', () => run(command));
  } else {
    b.disabled = true;
  }
  return b;
}

function slackButton(element) {
  const b = button(plainTexts(element.text) || 'Button', element.value, 'slack-button');
  if (element.style) b.classList.add(element.style);
  return b;
}

function slackBlock(block, into) {
  const div = document.createElement('div');
  switch (block.type) {
    case 'header': {
      const h = document.createElement('h3');
      textObject(block.text, h);
      into.appendChild(h);
      return;
    }
    case 'divider':
      into.appendChild(document.createElement('hr'));
      return;
    case 'section': {
      div.className = 'slack-section';
      const body = document.createElement('div');
      textObject(block.text, body);
      if (Array.isArray(block.fields)) {
        const fields = document.createElement('div');
        fields.className = 'slack-fields';
        for (const field of block.fields) { const f = document.createElement('div'); textObject(field, f); fields.appendChild(f); }
        body.appendChild(fields);
      }
      div.appendChild(body);
      if (block.accessory && block.accessory.type === 'button') div.appendChild(slackButton(block.accessory));
      break;
    }
    case 'context':
      div.className = 'slack-context';
      for (const element of block.elements || []) {
        if (element.type === 'image') div.appendChild(document.createTextNode('[' + (element.alt_text || 'image') + '] '));
        else textObject(element, div);
      }
      break;
    case 'actions':
      div.className = 'slack-actions';
      for (const element of block.elements || []) if (element.type === 'button') div.appendChild(slackButton(element));
      break;
    case 'image':
      div.className = 'slack-context';
      div.textContent = '[image: ' + (block.alt_text || '') + ']';
      break;
    default:
      div.className = 'slack-section';
      div.textContent = plainTexts(block);
  }
  into.appendChild(div);
}

// A chart: PNG bytes as the JSON gives them (base64), its words as alt text.
function picture(shown) {
  const img = document.createElement('img');
  img.className = 'picture';
  img.src = 'data:image/png;base64,' + shown.png;
  img.alt = shown.description || '';
  img.width = shown.width;
  img.height = shown.height;
  return img;
}

function slackMessage(message) {
  const div = document.createElement('div');
  div.className = 'slack-message';
  if (message.picture) {
    const title = document.createElement('h3');
    title.textContent = message.text || '';
    div.append(title, picture(message.picture));
    return div;
  }
  const blocks = Array.isArray(message.blocks) ? message.blocks : [];
  if (blocks.length === 0) {
    const section = document.createElement('div');
    section.className = 'slack-section';
    mrkdwn(message.text, section);
    div.appendChild(section);
  }
  for (const block of blocks) slackBlock(block, div);
  return div;
}

function telegramMessage(message) {
  const wrapper = document.createElement('div');
  const bubble = document.createElement('div');
  bubble.className = 'tg-message';
  if (message.picture) bubble.appendChild(picture(message.picture));
  bubble.appendChild(telegramHtml(message.html || ''));
  wrapper.appendChild(bubble);
  const keyboard = document.createElement('div');
  keyboard.className = 'keyboard';
  for (const row of message.keyboard || []) {
    const line = document.createElement('div');
    line.className = 'keyboard-row';
    for (const action of row) line.appendChild(button(action.label, action.command, 'tg-button'));
    keyboard.appendChild(line);
  }
  wrapper.appendChild(keyboard);
  return wrapper;
}

function typed(text) {
  const div = document.createElement('div');
  div.className = 'typed';
  div.textContent = text;
  return div;
}

function show(log, nodes) {
  const exchange = document.createElement('div');
  exchange.className = 'exchange';
  nodes.forEach(node => exchange.appendChild(node));
  log.appendChild(exchange);
  log.scrollTop = log.scrollHeight;
}

function failure(text) {
  const p = document.createElement('p');
  p.className = 'error';
  p.textContent = text;
  return p;
}

async function run(text) {
  const telegram = document.getElementById('telegram');
  const slack = document.getElementById('slack');
  try {
    const response = await fetch('/console/api/command', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text })
    });
    if (!response.ok) throw new Error('the server answered ' + response.status);
    const answer = await response.json();
    show(telegram, [typed(text), ...answer.telegram.map(telegramMessage)]);
    show(slack, [typed(text), ...answer.slack.map(slackMessage)]);
  } catch (error) {
    show(telegram, [typed(text), failure('Failed: ' + error.message)]);
    show(slack, [typed(text), failure('Failed: ' + error.message)]);
  }
}

function issueItem(issue) {
  const li = document.createElement('li');
  const open = document.createElement('button');
  open.type = 'button';
  open.textContent = issue.title || issue.publication;
  open.addEventListener('click', () => run('/issue ' + issue.date + ' ' + issue.publication));
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = issue.publication + ' · ' + issue.date + ' · ' + issue.articleCount + ' articles';
  const headlines = document.createElement('ul');
  for (const headline of issue.headlines || []) {
    const item = document.createElement('li');
    item.textContent = headline;
    headlines.appendChild(item);
  }
  li.append(open, meta, headlines);
  return li;
}

async function loadArchive() {
  const status = document.getElementById('archive-status');
  try {
    const response = await fetch('/api/issues?size=20');
    if (!response.ok) throw new Error('the server answered ' + response.status);
    const page = await response.json();
    document.getElementById('issues').replaceChildren(...page.items.map(issueItem));
    status.textContent = page.total === 0 ? 'The archive is empty.' : page.items.length + ' of ' + page.total + ' issues';
  } catch (error) {
    status.textContent = 'Could not load the archive: ' + error.message;
  }
}

document.getElementById('chat-form').addEventListener('submit', event => {
  event.preventDefault();
  const input = document.getElementById('command');
  const text = input.value.trim();
  if (text) run(text);
  input.value = '';
});
for (const example of document.querySelectorAll('.examples button')) {
  example.addEventListener('click', () => run(example.dataset.command));
}
loadArchive();
