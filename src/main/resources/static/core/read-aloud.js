// 语音阅读: reads the page's main content aloud with the browser's own speech synthesis, nothing sent anywhere.
// The button stays hidden where the browser cannot speak; the page works the same without it.
(function () {
  'use strict';
  function ready() {
    var button = document.getElementById('read-aloud');
    var main = document.getElementById('main');
    var speech = window.speechSynthesis;
    if (!button || !main || !speech || typeof speech.speak !== 'function'
        || typeof window.SpeechSynthesisUtterance !== 'function') {
      return;
    }
    var start = button.getAttribute('data-start');
    var stop = button.getAttribute('data-stop');
    var lang = document.documentElement.lang || 'zh-CN';
    function idle() {
      button.textContent = start;
      button.setAttribute('aria-pressed', 'false');
    }
    // Some browsers stop one long utterance after about fifteen seconds: the text is read sentence by sentence.
    function sentences(text) {
      return text.split(/(?<=[。！？；!?;])|\n+/).map(function (s) { return s.trim(); })
        .filter(function (s) { return s.length > 0; });
    }
    button.hidden = false;
    idle();
    button.addEventListener('click', function () {
      if (button.getAttribute('aria-pressed') === 'true') {
        window.speechSynthesis.cancel();
        idle();
        return;
      }
      var parts = sentences(main.innerText);
      if (parts.length === 0) {
        return;
      }
      window.speechSynthesis.cancel();
      parts.forEach(function (part, i) {
        var utterance = new window.SpeechSynthesisUtterance(part);
        utterance.lang = lang;
        utterance.rate = 0.9;
        if (i === parts.length - 1) {
          utterance.onend = idle;
        }
        utterance.onerror = idle;
        window.speechSynthesis.speak(utterance);
      });
      button.textContent = stop;
      button.setAttribute('aria-pressed', 'true');
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
