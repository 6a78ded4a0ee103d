// Live parts of the agent desk and the wallboard. Server-sent events only say that something
// changed; the parts are then fetched again, rendered by the server in the user's language.
(function () {
  'use strict';

  var root = document.querySelector('[data-live]');
  var offset = 0;

  function part(id) {
    return document.getElementById(id);
  }

  function keyOf(el) {
    var k = el && el.querySelector('[data-key]');
    return k ? k.getAttribute('data-key') : null;
  }

  function showsErrors(el) {
    return el.querySelector('[aria-invalid="true"]') !== null;
  }

  function editing(el) {
    var a = document.activeElement;
    return a && el.contains(a) && /^(INPUT|SELECT|TEXTAREA)$/.test(a.tagName);
  }

  function readClock() {
    var now = document.querySelector('[data-now]');
    if (now) {
      offset = Number(now.getAttribute('data-now')) - Date.now();
    }
  }

  function load(el) {
    return fetch(el.getAttribute('data-part'), {
      credentials: 'same-origin',
      headers: { Accept: 'text/html' }
    }).then(function (r) {
      if (!r.ok) {
        throw new Error('HTTP ' + r.status);
      }
      return r.text();
    }).then(function (html) {
      el.innerHTML = html;
      // Parts may carry htmx forms and polling: let htmx see the new content.
      if (window.htmx) {
        window.htmx.process(el);
      }
      readClock();
      tick();
    });
  }

  var busy = false;
  var pending = null;

  // forced: a real change was announced; otherwise a check that keeps a form being filled in.
  function refresh(forced) {
    if (busy) {
      pending = pending || forced;
      return;
    }
    busy = true;
    var leaders = Array.prototype.filter.call(document.querySelectorAll('[data-part]'), function (el) {
      return !el.hasAttribute('data-follows');
    });
    var work = leaders.map(function (el) {
      if (editing(el) || (!forced && showsErrors(el))) {
        return Promise.resolve();
      }
      return load(el);
    });
    Promise.all(work).then(function () {
      var followers = document.querySelectorAll('[data-follows]');
      return Promise.all(Array.prototype.map.call(followers, function (el) {
        var leader = part(el.getAttribute('data-follows'));
        return keyOf(leader) !== keyOf(el) ? load(el) : null;
      }));
    }).then(function () {
      root.dispatchEvent(new CustomEvent('live:refreshed'));
    }).catch(function (e) {
      console.warn('live update failed', e);
    }).then(function () {
      busy = false;
      if (pending !== null) {
        var again = pending;
        pending = null;
        refresh(again);
      }
    });
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // Clocks count up from the instant in data-clock, on the server's time.
  function tick() {
    var now = Date.now() + offset;
    document.querySelectorAll('[data-clock]').forEach(function (el) {
      var since = Number(el.getAttribute('data-clock'));
      if (!since) {
        return;
      }
      var s = Math.max(0, Math.floor((now - since) / 1000));
      el.textContent = s >= 3600
        ? Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) + ':' + two(s % 60)
        : Math.floor(s / 60) + ':' + two(s % 60);
    });
  }

  if (root) {
    readClock();
    tick();
    setInterval(tick, 1000);
    var every = Number(root.getAttribute('data-every')) || 15000;
    setInterval(function () { refresh(false); }, every);
    var opened = false;
    var source = new EventSource(root.getAttribute('data-live'));
    source.onmessage = function () { refresh(true); };
    // After a reconnect, catch up on what happened while the stream was closed.
    source.onopen = function () {
      if (opened) {
        refresh(false);
      }
      opened = true;
    };
    window.addEventListener('pagehide', function () { source.close(); });
  }

  // Keyboard shortcuts: a letter presses the button (or focuses the field) marked with it.
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) || t.isContentEditable;
    if (e.key === 'Escape') {
      if (typing) {
        t.blur();
      }
      return;
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      // The save button of the form being filled in, else the first one on the page.
      var own = t.closest ? t.closest('form') : null;
      var save = (own && own.querySelector('[data-shortcut="save"]')) ||
        document.querySelector('[data-shortcut="save"]');
      if (save) {
        e.preventDefault();
        save.click();
      }
      return;
    }
    if (typing || e.ctrlKey || e.altKey || e.metaKey || e.key.length !== 1) {
      return;
    }
    var el = document.querySelector('[data-shortcut="' + e.key.toLowerCase() + '"]');
    if (!el) {
      return;
    }
    e.preventDefault();
    var needs = el.getAttribute('data-shortcut-needs');
    var field = needs && document.getElementById(needs);
    if (field && !field.value) {
      field.focus();
    } else if (el.tagName === 'BUTTON') {
      el.click();
    } else {
      el.focus();
    }
  });
})();
