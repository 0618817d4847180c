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
