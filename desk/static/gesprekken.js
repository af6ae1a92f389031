// Gesprekken page, live: /gesprekken/stream says which conversation changed; its card (rendered and
// escaped by the server) is fetched and swapped in. Actions are sent with fetch, in order, so the
// page never reloads while an employee types. Without JavaScript the forms post and the page
// refreshes every 15 seconds.
(function () {
  "use strict";
  var live = document.getElementById("live");
  var list = document.getElementById("gesprekken");
  if (!live || !list || !window.EventSource || !window.fetch) { return; }

  function findCard(id) {
    var cards = list.querySelectorAll("article[data-conversation]");
    for (var i = 0; i < cards.length; i += 1) {
      if (cards[i].getAttribute("data-conversation") === id) { return cards[i]; }
    }
    return null;
  }

  function refresh(id) {
    return fetch("/gesprekken/" + encodeURIComponent(id) + "/kaart", { credentials: "same-origin" })
      .then(function (response) {
        var old = findCard(id);
        if (response.status === 204) { if (old) { old.remove(); } return null; }
        return response.text().then(function (html) {
          var focused = document.activeElement;
          var typing = old && focused && old.contains(focused) && focused.name === "text" ? focused.value : null;
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var fresh = holder.firstElementChild;
          if (!fresh) { return; }
          if (old) { old.replaceWith(fresh); } else { list.appendChild(fresh); }
          var empty = document.getElementById("geen-gesprekken");
          if (empty) { empty.remove(); }
          if (typing !== null) {
            var box = fresh.querySelector(".bericht input[name=text]");
            if (box) { box.value = typing; box.focus(); }
          }
        });
      });
  }

  var queue = Promise.resolve();
  list.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains("gesprek-actie")) { return; }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    var card = form.closest("article[data-conversation]");
    var id = card ? card.getAttribute("data-conversation") : null;
    var box = form.querySelector("input[name=text]");
    if (box) { box.value = ""; }
    queue = queue.then(function () {
      return fetch(form.action, { method: "POST", body: body, credentials: "same-origin",
        headers: { "X-Requested-With": "fetch", "X-CSRF-Token": body.get("csrf") } })
        .then(function (response) { return response.json(); })
        .then(function (data) {
          if (data.message) { live.textContent = data.message; }
          if (id) { return refresh(id); }
        });
    }).catch(function () { live.textContent = "Versturen mislukt; probeer het opnieuw."; });
  });

  var source = new EventSource(live.getAttribute("data-stream"));
  source.addEventListener("open", function () { live.textContent = "Live bijgewerkt"; });
  source.addEventListener("error", function () { live.textContent = "Verbinding weg, opnieuw verbinden..."; });
  source.addEventListener("changed", function (event) {
    var data = JSON.parse(event.data);
    if (data.conversation) { refresh(data.conversation); }
  });
}());
