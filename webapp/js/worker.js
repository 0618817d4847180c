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

/* "Tell it with your voice": records in the page (Opus in WebM or Ogg on Android, AAC in MP4 on
   iPhone), plays it back, and puts the recording into the form's own voice file input, so the
   form sends it as if chosen from the phone. Without this script the input opens the phone's
   recorder. At most data-max-seconds. */
(function () {
  var box = document.getElementById('recorder');
  var input = document.getElementById('voice');
  if (!box || !input || !window.MediaRecorder || !window.DataTransfer || !navigator.mediaDevices) { return; }
  var start = document.getElementById('record-start');
  var stop = document.getElementById('record-stop');
  var status = document.getElementById('record-status');
  var play = document.getElementById('record-playback');
  var max = parseInt(box.getAttribute('data-max-seconds'), 10) || 300;
  var recorder, chunks, timer, seconds;
  box.hidden = false;
  function clock(s) { return Math.floor(s / 60) + ':' + ('0' + (s % 60)).slice(-2); }
  function say(key, s) { status.textContent = box.getAttribute('data-' + key).replace('{0}', clock(s)); }
  function kind() {
    var kinds = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4'];
    for (var i = 0; i < kinds.length; i++) {
      if (MediaRecorder.isTypeSupported && MediaRecorder.isTypeSupported(kinds[i])) { return kinds[i]; }
    }
    return '';
  }
  function finished(stream) {
    stream.getTracks().forEach(function (track) { track.stop(); });
    clearInterval(timer);
    var type = (recorder.mimeType || 'audio/webm').split(';')[0];
    var blob = new Blob(chunks, {type: type});
    var ending = type.indexOf('mp4') >= 0 ? 'm4a' : type.indexOf('ogg') >= 0 ? 'ogg' : 'webm';
    var files = new DataTransfer();
    files.items.add(new File([blob], 'voz.' + ending, {type: type}));
    input.files = files.files;
    play.src = URL.createObjectURL(blob);
    play.hidden = false;
    start.textContent = box.getAttribute('data-again');
    start.hidden = false;
    stop.hidden = true;
    say('recorded', seconds);
  }
  start.addEventListener('click', function () {
    navigator.mediaDevices.getUserMedia({audio: true}).then(function (stream) {
      var type = kind();
      recorder = type ? new MediaRecorder(stream, {mimeType: type}) : new MediaRecorder(stream);
      chunks = [];
      seconds = 0;
      recorder.ondataavailable = function (event) { if (event.data && event.data.size) { chunks.push(event.data); } };
      recorder.onstop = function () { finished(stream); };
      recorder.start(1000);
      start.hidden = true;
      stop.hidden = false;
      say('recording', 0);
      timer = setInterval(function () {
        seconds++;
        say('recording', seconds);
        if (seconds >= max) { recorder.stop(); }
      }, 1000);
    }, function () { say('denied', 0); });
  });
  stop.addEventListener('click', function () { if (recorder && recorder.state !== 'inactive') { recorder.stop(); } });
})();

/* A file over 10 MB is said at once and taken off the field, before its megabytes are sent over
   the worker's phone plan (the server refuses it anyway). The words come from the page. */
(function () {
  var max = 10 * 1024 * 1024;
  Array.prototype.forEach.call(document.querySelectorAll('input[type=file][data-too-large]'), function (input) {
    var note = document.createElement('p');
    note.className = 'error';
    note.setAttribute('role', 'alert');
    note.hidden = true;
    input.parentNode.insertBefore(note, input.nextSibling);
    input.addEventListener('change', function () {
      var big = Array.prototype.filter.call(input.files || [], function (f) { return f.size > max; });
      note.hidden = big.length === 0;
      note.textContent = big.map(function (f) {
        return input.getAttribute('data-too-large').replace('{0}', f.name);
      }).join(' ');
      if (big.length) { input.value = ''; }
    });
  });
})();
