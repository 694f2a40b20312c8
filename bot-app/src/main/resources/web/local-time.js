// Shows a meetup's time in the reader's own time zone under the community's, when they differ.
// The server writes the community's time; this only adds a line.
(function () {
  "use strict";
  var time = document.getElementById("when");
  var local = document.getElementById("local-time");
  if (!time || !local || !window.Intl) {
    return;
  }
  var start = new Date(time.getAttribute("datetime"));
  var end = new Date(time.getAttribute("data-end"));
  if (isNaN(start.getTime())) {
    return;
  }
  var lang = document.documentElement.lang || undefined;
  var format = new Intl.DateTimeFormat(lang, {
    year: "numeric", month: "long", day: "numeric", weekday: "short",
    hour: "2-digit", minute: "2-digit", timeZoneName: "short"
  });
  var text = format.format(start);
  if (!isNaN(end.getTime())) {
    text += " ~ " + new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit" }).format(end);
  }
  local.querySelector("span").textContent = text;
  local.hidden = false;
})();
