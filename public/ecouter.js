// Listen: reads a step or the whole guide aloud with the browser's French voice, then "Arrêter".
// The buttons are hidden in the HTML: they only appear when the browser can speak.
// Also: Escape closes the definition of a glossary word (WCAG 1.4.13).
(function () {
  var d = document;
  d.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    d.querySelectorAll('.mot:hover,.mot:focus-within').forEach(function (m) {
      m.classList.add('ferme');
      var open = function () { m.classList.remove('ferme'); };
      m.addEventListener('mouseleave', open, { once: true });
      m.addEventListener('focusout', open, { once: true });
    });
  });
  if (!('speechSynthesis' in window) || typeof SpeechSynthesisUtterance === 'undefined') return;
  var synth = window.speechSynthesis, current = null;
  function voice() {
    var all = synth.getVoices(), i;
    for (i = 0; i < all.length; i++) if (/^fr[-_]FR/i.test(all[i].lang)) return all[i];
    for (i = 0; i < all.length; i++) if (/^fr/i.test(all[i].lang)) return all[i];
    return null;
  }
  function reset() {
    if (!current) return;
    current.textContent = current.dataset.label;
    current.removeAttribute('data-lecture');
    current = null;
  }
  function stop() {
    synth.cancel();
    reset();
  }
  function read(button) {
    var target = d.getElementById(button.dataset.ecouter);
    if (!target) return;
    // Read the text as shown, without the hidden definitions and the buttons.
    d.body.classList.add('lecture');
    var text = target.innerText;
    d.body.classList.remove('lecture');
    var lines = text.split(/\n+/).map(function (l) { return l.trim(); }).filter(Boolean);
    var v = voice();
    current = button;
    button.textContent = 'Arrêter la lecture';
    button.setAttribute('data-lecture', '');
    lines.forEach(function (line, i) {
      var u = new SpeechSynthesisUtterance(line);
      u.lang = 'fr-FR';
      if (v) u.voice = v;
      u.rate = 0.9;
      if (i === lines.length - 1) u.onend = function () { if (current === button) reset(); };
      synth.speak(u);
    });
  }
  d.querySelectorAll('button[data-ecouter]').forEach(function (button) {
    button.dataset.label = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      var same = current === button;
      stop();
      if (!same) read(button);
    });
  });
  window.addEventListener('pagehide', stop);
})();
