// Follows an import on its page: polls the status once a second, moves the progress bar and the counts, and
// reloads the page when the import moves on to the comparison and when it has finished, for the report. Without this script the page has a refresh link.
(function () {
  var section = document.getElementById('import');
  if (!section || section.getAttribute('data-finished') === 'true') {
    return;
  }
  var url = section.getAttribute('data-status');
  var phase = section.getAttribute('data-phase');
  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value;
    }
  }
  function poll() {
    fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) {
        if (!progress) {
          return;
        }
        if (progress.finished || progress.status !== phase) {
          window.location.reload();
          return;
        }
        var bar = document.getElementById('import-bar');
        if (bar && progress.permille >= 0) {
          bar.value = progress.permille;
        }
        text('import-rows', String(progress.rowsDone));
        text('import-speed', String(progress.rowsPerSecond));
        text('import-left', progress.secondsLeft >= 0 ? String(progress.secondsLeft) : '—');
        window.setTimeout(poll, 1000);
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
}());
