// Nobody still at the page is logged out under them (WCAG 2.2.1): while the person types, taps or scrolls, the
// session is kept open; when they have done nothing for most of the idle timeout, a warning in the page lets them
// keep it with one button. Someone who walked away from a shared computer is still logged out on time.
(function () {
  'use strict';
  function ready() {
    var box = document.getElementById('session-warning');
    if (!box) {
      return;
    }
    var keep = document.getElementById('session-keep');
    var warning = document.getElementById('session-warning-text');
    var ended = document.getElementById('session-ended-text');
    var idle = Number(box.getAttribute('data-idle-seconds')) * 1000;
    var warnBefore = Math.min(5 * 60 * 1000, idle / 3);
    var quietFor = Math.min(60 * 1000, idle / 10);
    var lastContact = Date.now();
    var pending = false;
    var warnTimer;
    var endTimer;

    function schedule() {
      clearTimeout(warnTimer);
      clearTimeout(endTimer);
      warnTimer = setTimeout(warn, lastContact + idle - warnBefore - Date.now());
      endTimer = setTimeout(over, lastContact + idle - Date.now());
    }
    function warn() {
      box.hidden = false;
    }
    function over() {
      box.hidden = false;
      warning.hidden = true;
      keep.hidden = true;
      ended.hidden = false;
    }
    function keepAlive() {
      if (pending) {
        return;
      }
      pending = true;
      fetch('/session/alive', {credentials: 'same-origin', redirect: 'manual', headers: {'Accept': 'application/json'}})
        .then(function (response) {
          if (response.status === 204) {
            lastContact = Date.now();
            box.hidden = true;
            schedule();
          } else {
            over();
          }
        })
        .catch(function () { /* offline for a moment: the next activity tries again */ })
        .then(function () { pending = false; });
    }
    // Not 'scroll': the warning appearing above the content makes the browser scroll to keep it in place.
    ['keydown', 'input', 'pointerdown', 'wheel', 'touchstart'].forEach(function (name) {
      document.addEventListener(name, function () {
        if (ended.hidden && Date.now() - lastContact > quietFor) {
          keepAlive();
        }
      }, {passive: true, capture: true});
    });
    keep.addEventListener('click', keepAlive);
    schedule();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();
