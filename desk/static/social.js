// Social page, live: new mentions arrive by server-sent events (/social/stream) and are put on
// top of the lists; the rows are rendered and escaped by the server. Without JavaScript the page
// falls back to a refresh every 30 seconds (<noscript>).
(function () {
  "use strict";
  var live = document.getElementById("live");
  var all = document.querySelector("#all-mentions tbody");
  var possible = document.querySelector("#possible-list tbody");
  if (!live || !all || !window.EventSource) { return; }
  var source = new EventSource(live.getAttribute("data-stream"));
  source.addEventListener("open", function () { live.textContent = "Live bijgewerkt"; });
  source.addEventListener("error", function () { live.textContent = "Verbinding weg, opnieuw verbinden..."; });
  source.addEventListener("mention", function (event) {
    var data = JSON.parse(event.data);
    var empty = document.getElementById("no-mentions");
    if (empty) { empty.remove(); }
    if (document.querySelector('#all-mentions tr[data-entry="' + data.entry + '"]')) { return; }
    all.insertAdjacentHTML("afterbegin", data.row);
    if (data.possible && possible) {
      possible.insertAdjacentHTML("afterbegin", data.possible);
      var nothing = document.getElementById("nothing-to-judge");
      if (nothing) { nothing.remove(); }
    }
    live.textContent = "Live bijgewerkt " + new Date().toLocaleTimeString("nl-NL");
  });
  source.addEventListener("judged", function (event) {
    var data = JSON.parse(event.data);
    var rows = possible ? possible.querySelectorAll("tr[data-key]") : [];
    for (var i = 0; i < rows.length; i += 1) {
      if (rows[i].getAttribute("data-key") === data.key) { rows[i].remove(); }
    }
  });
}());
