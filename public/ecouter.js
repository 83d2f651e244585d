// Reader's script, no dependency; the page works without it. Steps open one at a time; a glossary
// word shows its definition on tap; papers ticks are kept; listen with a French voice (see README).
(function () {
  var d = document, w = window;

  // Steps: the heading becomes a button that opens and closes its step (GOV.UK step by step).
  function setOpen(step, open) {
    var button = step.querySelector('.etape-bouton');
    step.classList.toggle('ferme', !open);
    if (!button) return;
    button.setAttribute('aria-expanded', String(open));
    button.querySelector('.etape-etat').textContent = open ? 'Fermer' : 'Ouvrir';
  }
  d.querySelectorAll('li.etape[id]').forEach(function (step) {
    var heading = step.querySelector('.etape-titre'), body = step.querySelector('.etape-corps');
    if (!heading || !body) return;
    var button = d.createElement('button'), state = d.createElement('span');
    button.type = 'button';
    button.className = 'etape-bouton';
    body.id = step.id + '-texte';
    button.setAttribute('aria-controls', body.id);
    while (heading.firstChild) button.appendChild(heading.firstChild);
    state.className = 'etape-etat';
    state.setAttribute('aria-hidden', 'true');
    button.appendChild(state);
    heading.appendChild(button);
    button.addEventListener('click', function () { setOpen(step, step.classList.contains('ferme')); });
    setOpen(step, false);
  });
  function openStepOf(element) {
    var step = element && element.closest && element.closest('li.etape');
    if (step && step.classList.contains('ferme')) return setOpen(step, true), true;
  }
  // A link to a place inside a closed step (a step, a definition): the step opens, the place is shown.
  function openFromHash() {
    var target = location.hash.length > 1 && d.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (openStepOf(target)) target.scrollIntoView();
  }
  openFromHash();
  w.addEventListener('hashchange', openFromHash);
  d.querySelectorAll('.sommaire a[href^="#"],.mots-du-guide a[href^="#"]').forEach(function (link) {
    link.addEventListener('click', function () { openStepOf(d.getElementById(link.getAttribute('href').slice(1))); });
  });

  // Glossary words: a tap shows the definition under the word, a second tap hides it. The page stays.
  function closeWord(word) {
    if (!word.classList.contains('ouvert')) return;
    word.classList.remove('ouvert');
    word.firstElementChild.setAttribute('aria-expanded', 'false');
    word.classList.add('ferme');
    var reopen = function () { word.classList.remove('ferme'); };
    word.addEventListener('mouseleave', reopen, { once: true });
    word.addEventListener('focusout', reopen, { once: true });
  }
  var words = d.querySelectorAll('.mot');
  words.forEach(function (word) {
    var link = word.firstElementChild;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-expanded', 'false');
    function toggle(event) {
      event.preventDefault();
      if (word.classList.contains('ouvert')) return closeWord(word);
      words.forEach(closeWord);
      word.classList.remove('ferme');
      word.classList.add('ouvert');
      link.setAttribute('aria-expanded', 'true');
    }
    link.addEventListener('click', toggle);
    link.addEventListener('keydown', function (event) { if (event.key === ' ') toggle(event); });
  });
  d.addEventListener('click', function (event) {
    words.forEach(function (word) { if (!word.contains(event.target)) closeWord(word); });
  });
  d.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    words.forEach(closeWord);
    d.querySelectorAll('.mot:hover,.mot:focus-within').forEach(function (word) {
      word.classList.add('ferme');
      var reopen = function () { word.classList.remove('ferme'); };
      word.addEventListener('mouseleave', reopen, { once: true });
      word.addEventListener('focusout', reopen, { once: true });
    });
  });

  // Papers checklist: the ticks stay on this device (localStorage), until « Effacer les coches ».
  var boxes = d.querySelectorAll('.papiers-liste input[type=checkbox]');
  var key = 'falc-papiers:' + location.pathname;
  function label(box) { return box.labels && box.labels[0] ? box.labels[0].textContent.trim() : box.id; }
  function save() {
    var ticked = [];
    boxes.forEach(function (box) { if (box.checked) ticked.push(label(box)); });
    try { localStorage.setItem(key, JSON.stringify(ticked)); } catch (e) { /* private mode */ }
  }
  if (boxes.length) {
    var ticked = [];
    try { ticked = JSON.parse(localStorage.getItem(key) || '[]'); } catch (e) { ticked = []; }
    boxes.forEach(function (box) {
      if (ticked.indexOf(label(box)) >= 0) box.checked = true;
      box.addEventListener('change', save);
    });
    d.querySelectorAll('.papiers').forEach(function (list) {
      var clear = d.createElement('button');
      clear.type = 'button';
      clear.className = 'ecouter effacer-coches';
      clear.textContent = 'Effacer les coches';
      clear.addEventListener('click', function () {
        list.querySelectorAll('input[type=checkbox]').forEach(function (box) { box.checked = false; });
        save();
      });
      list.appendChild(clear);
    });
  }

  // Listen. The buttons are made here, hidden: a page without JavaScript or without speech has none.
  if (!('speechSynthesis' in w) || typeof SpeechSynthesisUtterance === 'undefined') return;
  var synth = w.speechSynthesis;
  var text = d.getElementById('texte-guide');
  if (text) {
    var player = d.createElement('div');
    player.className = 'lecteur';
    player.setAttribute('data-muet', '');
    player.innerHTML = '<button type="button" class="ecouter ecouter-tout" data-ecouter="guide" hidden>Écouter tout le guide</button>' +
      '<div class="lecteur-commandes" hidden><button type="button" class="ecouter" data-lecteur="pause">Pause</button>' +
      '<button type="button" class="ecouter" data-lecteur="arret">Arrêter</button></div>';
    text.parentNode.insertBefore(player, text);
  }
  d.querySelectorAll('li.etape[id] .etape-texte').forEach(function (step) {
    var id = step.closest('li.etape').id;
    step.insertAdjacentHTML('beforeend', '<button type="button" class="ecouter" data-ecouter="' + id + '" hidden>Écouter l’étape ' + id.slice(6) + '</button>');
  });
  var buttons = d.querySelectorAll('button[data-ecouter]');
  var controls = d.querySelector('.lecteur-commandes');
  var pauseButton = controls && controls.querySelector('[data-lecteur=pause]');
  var stopButton = controls && controls.querySelector('[data-lecteur=arret]');
  var queue = null, index = 0, paused = false, current = null, token = 0;

  function frenchVoice() {
    var all = synth.getVoices() || [], i;
    for (i = 0; i < all.length; i++) if (/^fr[-_]FR/i.test(all[i].lang)) return all[i];
    for (i = 0; i < all.length; i++) if (/^fr\b/i.test(all[i].lang)) return all[i];
    return null;
  }
  function showButtons() {
    var can = Boolean(frenchVoice());
    buttons.forEach(function (button) { button.hidden = !can; });
    if (!can && queue) stop();
  }

  // The reader's text, one sentence (one line) at a time, each with its place in the page.
  var SKIP = '[data-muet],[hidden],[aria-hidden=true],.mot-def,.cache,button:not(.etape-bouton),svg,script,style,input';
  var LINE = /^(P|LI|H[1-6]|DT|DD|DIV|UL|OL|DL|SECTION|HEADER|FOOTER|NAV|ARTICLE|BLOCKQUOTE|LABEL|TABLE|TR|TD|TH)$/;
  function sentences(root) {
    var out = [], line = null;
    function end() {
      if (line) {
        var say = line.text.replace(/\*\d*/g, '').replace(/\s+/g, ' ').trim();
        if (/[\p{L}\d]/u.test(say)) { line.say = say; out.push(line); }
      }
      line = null;
    }
    function walk(node) {
      if (node.nodeType === 3) {
        if (!line) {
          if (!node.nodeValue.trim()) return;
          line = { text: '', range: d.createRange() };
          line.range.setStart(node, 0);
        }
        line.text += node.nodeValue;
        line.range.setEnd(node, node.nodeValue.length);
        return;
      }
      if (node.nodeType !== 1 || node.matches(SKIP)) return;
      if (node.tagName === 'BR') return end();
      var block = LINE.test(node.tagName) || node.matches('.etape-sur,.etape-nom');
      if (block) end();
      for (var child = node.firstChild; child; child = child.nextSibling) walk(child);
      if (block) end();
    }
    walk(root);
    end();
    return out;
  }
  function highlight(line) {
    if (w.CSS && CSS.highlights && typeof Highlight === 'function') {
      if (line) CSS.highlights.set('phrase-lue', new Highlight(line.range));
      else CSS.highlights.delete('phrase-lue');
    }
  }
  function speakCurrent(mine) {
    if (mine !== token || !queue) return;
    if (index >= queue.length) return stop();
    var line = queue[index], utterance = new SpeechSynthesisUtterance(line.say), voice = frenchVoice();
    utterance.lang = 'fr-FR';
    try { utterance.voice = voice; } catch (e) { /* lang is enough */ }
    utterance.rate = 0.9;
    utterance.onend = function () {
      if (mine !== token || paused) return;
      index += 1;
      speakCurrent(mine);
    };
    // Reading goes step by step: the step being read opens, and the sentence stays in view.
    var element = line.range.startContainer.parentElement;
    openStepOf(element);
    highlight(line);
    if (element && element.scrollIntoView) element.scrollIntoView({ block: 'nearest' });
    synth.speak(utterance);
  }
  function setPaused(value) {
    paused = value;
    if (pauseButton) pauseButton.textContent = value ? 'Reprendre' : 'Pause';
  }
  function stop() {
    token += 1;
    synth.cancel();
    queue = null;
    highlight(null);
    setPaused(false);
    if (controls) controls.hidden = true;
    if (current) {
      current.textContent = current.dataset.label;
      current.removeAttribute('data-lecture');
      current = null;
    }
  }
  function start(button) {
    var target = d.getElementById(button.dataset.ecouter);
    if (!target) return;
    stop();
    queue = sentences(target);
    index = 0;
    current = button;
    button.textContent = 'Arrêter la lecture';
    button.setAttribute('data-lecture', '');
    if (controls) controls.hidden = false;
    speakCurrent(token);
  }
  buttons.forEach(function (button) {
    button.dataset.label = button.textContent;
    button.addEventListener('click', function () {
      if (current === button) stop();
      else start(button);
    });
  });
  if (pauseButton) pauseButton.addEventListener('click', function () {
    if (!queue) return;
    if (paused) {
      setPaused(false);
      token += 1;
      speakCurrent(token);
    } else {
      setPaused(true);
      token += 1;
      synth.cancel();
    }
  });
  if (stopButton) stopButton.addEventListener('click', stop);
  showButtons();
  if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', showButtons);
  else synth.onvoiceschanged = showButtons;
  w.addEventListener('pagehide', stop);
})();
