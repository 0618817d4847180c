/* Worker pages' only script. Everything here is an extra: every page works without it. */

/* Quick exit: leave at once and replace this page in the history, so Back does not return here. */
(function () {
  document.documentElement.className += " js";
  var link = document.getElementById('quick-exit');
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    try { window.history.replaceState(null, '', '/'); } catch (ignored) { }
    window.location.replace(link.href);
  }
  link.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { leave(event); }
  });
})();

/* Known names as the worker types (employer, recruiter): fills the field's <datalist>, so the
   phone's own list shows them. The text goes in a POST body, never in an address. */
(function () {
  var form = document.querySelector('form[data-suggest-url]');
  if (!form || !window.fetch || !window.JSON) { return; }
  var url = form.getAttribute('data-suggest-url');
  var fields = form.querySelectorAll('input[data-suggest]');
  Array.prototype.forEach.call(fields, function (input) {
    var list = document.getElementById(input.getAttribute('list'));
    if (!list) { return; }
    var timer = null;
    var asked = '';
    input.addEventListener('input', function () {
      if (timer) { clearTimeout(timer); }
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 3 || q === asked) { return; }
        asked = q;
        fetch(url, {
          method: 'POST',
          credentials: 'omit',
          headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
          body: JSON.stringify({q: q, field: input.getAttribute('data-suggest')})
        }).then(function (response) {
          return response.ok ? response.json() : {items: []};
        }).then(function (answer) {
          if (input.value.trim() !== q) { return; }
          while (list.firstChild) { list.removeChild(list.firstChild); }
          (answer.items || []).forEach(function (name) {
            var option = document.createElement('option');
            option.value = name;
            list.appendChild(option);
          });
        })['catch'](function () { /* no list: the worker just types */ });
      }, 250);
    });
  });
})();
