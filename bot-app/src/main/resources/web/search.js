// Search-as-you-type for /glossary: after a short pause in typing, the results part of the page is
// asked for again (fragment=1) and swapped in. Without this script the form works as a plain GET.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var results = document.getElementById("results");
  if (!input || !results || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = 0;
  function search() {
    var q = input.value.trim();
    var mine = ++asked;
    if (q === "") {
      results.textContent = "";
      return;
    }
    fetch("/glossary?fragment=1&q=" + encodeURIComponent(q), {
      headers: { "Accept": "text/html" },
      credentials: "same-origin"
    }).then(function (response) {
      return response.ok ? response.text() : null;
    }).then(function (html) {
      // an older answer arriving late must not replace a newer one
      if (html === null || mine !== asked) {
        return;
      }
      // the server escaped every value in this fragment, and the page's policy allows no inline script
      results.innerHTML = html;
      var url = new URL(window.location.href);
      url.searchParams.set("q", q);
      window.history.replaceState(null, "", url.toString());
    }).catch(function () {
      // offline or limited: the form still submits normally
    });
  }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
})();
