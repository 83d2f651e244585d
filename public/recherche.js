// Search on the home page, no dependency but Pagefind's own files (dist/pagefind/, built by
// src/site/search-integration.ts). Loaded only on the home page; Pagefind itself only when the reader
// starts to write. Without JavaScript the search box stays hidden and the list of guides is there.
(function () {
  var d = document;
  var box = d.querySelector('[data-recherche-pagefind]');
  if (!box) return;
  var form = box.querySelector('form'), input = box.querySelector('input'), status = box.querySelector('[role="status"]'), list = box.querySelector('ul');
  var pagefind, timer, asked = 0;

  function load() {
    if (!pagefind) {
      pagefind = import('/pagefind/pagefind.js').then(function (module) {
        return module.options({ excerptLength: 16 }).then(function () { return module; });
      });
    }
    return pagefind;
  }

  // The excerpt is text with <mark> around the words found: rebuilt node by node, never as HTML.
  function excerpt(html) {
    var template = d.createElement('template'), p = d.createElement('p');
    template.innerHTML = html;
    template.content.childNodes.forEach(function (node) {
      if (node.nodeName === 'MARK') {
        var mark = d.createElement('mark');
        mark.textContent = node.textContent;
        p.appendChild(mark);
      } else p.appendChild(d.createTextNode(node.textContent || ''));
    });
    p.insertBefore(d.createTextNode('… '), p.firstChild);
    p.appendChild(d.createTextNode(' …'));
    return p;
  }

  function show(words, results) {
    list.textContent = '';
    results.forEach(function (result) {
      var li = d.createElement('li'), a = d.createElement('a');
      a.href = result.url;
      a.textContent = (result.meta && result.meta.title) || result.url;
      li.appendChild(a);
      if (result.excerpt) li.appendChild(excerpt(result.excerpt));
      list.appendChild(li);
    });
    // Said by screen readers (role="status"): how many guides, in short sentences.
    status.textContent = results.length === 0
      ? 'Aucun guide ne parle de « ' + words + ' ». Essayez un autre mot. Ou choisissez dans la liste des guides.'
      : results.length === 1 ? '1 guide parle de « ' + words + ' » :' : results.length + ' guides parlent de « ' + words + ' » :';
  }

  function search() {
    var words = input.value.trim(), ask = ++asked;
    if (words === '') {
      list.textContent = '';
      status.textContent = '';
      return;
    }
    load()
      .then(function (module) { return module.search(words); })
      .then(function (found) { return Promise.all(found.results.slice(0, 8).map(function (result) { return result.data(); })); })
      .then(function (results) { if (ask === asked) show(words, results); })
      .catch(function () { if (ask === asked) status.textContent = 'La recherche ne marche pas. Choisissez dans la liste des guides.'; });
  }

  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 400);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  box.hidden = false;
  var words = new URLSearchParams(location.search).get('mots');
  if (words) {
    input.value = words;
    search();
  }
})();
