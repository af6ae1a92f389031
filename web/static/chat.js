/* Flexbot chat widget: socket.io to the Rasa server, transcript kept across page reloads.
 * Every text is inserted with textContent, never as HTML; phone numbers, e-mail and web
 * addresses in the assistant's replies become links built with createElement. */
(function () {
  "use strict";

  var config = window.FLEXBOT_CONFIG || {};
  var KEY_SESSION = "flexbot.sessionId";
  var KEY_TRANSCRIPT = "flexbot.transcript";
  var KEY_UNSENT = "flexbot.unsent";  // messages typed while the assistant was unreachable
  var MAX_KEPT = 200;          // messages kept in localStorage
  var REPLY_TIMEOUT_MS = 20000;

  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var send = document.getElementById("chat-send");
  var statusEl = document.getElementById("chat-status");
  var typing = document.getElementById("chat-typing");
  var reset = document.getElementById("chat-reset");

  var store = {
    get: function (key, fallback) {
      try { var v = window.localStorage.getItem(key); return v === null ? fallback : JSON.parse(v); }
      catch (e) { return fallback; }
    },
    set: function (key, value) {
      try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* private mode */ }
    },
  };

  var sessionId = store.get(KEY_SESSION, null);
  var transcript = store.get(KEY_TRANSCRIPT, []);
  var replyTimer = null;
  // During a takeover an employee answers (not the bot): no reply timeout, and the name is shown.
  var KEY_HANDOFF = "flexbot.handoff";
  var takenOver = store.get(KEY_HANDOFF, null);

  var EXAMPLES = [
    "Ben ik verzekerd voor een ruzie met mijn buurman?",
    "Hoe meld ik een zaak?",
    "Wat is niet verzekerd?",
  ];
  var GREETING = "Hallo! Ik ben de digitale assistent van ARAG. Ik beantwoord uw vragen over de " +
    "ARAG Rechtsbijstand Flexpolis. U kunt bijvoorbeeld vragen:";
  // Phone numbers (033 – 434 23 42), e-mail addresses and www./http(s) addresses.
  var LINK = /(\b0\d{2,3}\s?[-\u2013]\s?\d{3}\s?\d{2}\s?\d{2}\b)|([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|((?:https?:\/\/|www\.)[\w.-]+\.[a-z]{2,}(?:\/[^\s()]*)?)/gi;

  function appendLinked(parent, text) {
    var last = 0;
    text.replace(LINK, function (match, phone, mail, web, offset) {
      if (offset > last) { parent.appendChild(document.createTextNode(text.slice(last, offset))); }
      var url = match.replace(/[.,;:]+$/, "");
      var a = document.createElement("a");
      a.textContent = url;
      if (phone) { a.href = "tel:" + url.replace(/[^\d+]/g, ""); }
      else if (mail) { a.href = "mailto:" + url; }
      else { a.href = (/^https?:/i.test(url) ? "" : "https://") + url; a.target = "_blank"; a.rel = "noopener noreferrer"; }
      parent.appendChild(a);
      if (url.length < match.length) { parent.appendChild(document.createTextNode(match.slice(url.length))); }
      last = offset + match.length;
      return match;
    });
    if (last < text.length) { parent.appendChild(document.createTextNode(text.slice(last))); }
  }

  function render(entry) {
    var item = document.createElement("li");
    item.className = "msg " + entry.from;
    var who = document.createElement("span");
    who.className = "who";
    who.textContent = entry.from === "user" ? "U: " : entry.from === "bot" ? "Assistent: " :
      entry.from === "agent" ? (entry.name || "Medewerker") + " (medewerker): " : "Melding: ";
    item.appendChild(who);
    if (entry.from === "bot") { appendLinked(item, entry.text); }
    else { item.appendChild(document.createTextNode(entry.text)); }
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function add(from, text, keep, name) {
    var entry = { from: from, text: String(text) };
    if (name) { entry.name = String(name); }
    render(entry);
    if (keep !== false) {
      transcript.push(entry);
      transcript = transcript.slice(-MAX_KEPT);
      store.set(KEY_TRANSCRIPT, transcript);
    }
  }

  function renderButtons(buttons) {
    var wrap = document.createElement("li");
    wrap.className = "buttons";
    buttons.forEach(function (b) {
      var btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = b.title;
      btn.addEventListener("click", function () { sendMessage(b.payload, b.title); wrap.remove(); });
      wrap.appendChild(btn);
    });
    log.appendChild(wrap);
  }

  function setStatus(online, text) {
    statusEl.textContent = text;
    statusEl.classList.toggle("offline", !online);
    send.disabled = !online;
  }

  function waiting(on) {
    typing.hidden = !on;
    if (replyTimer) { clearTimeout(replyTimer); replyTimer = null; }
    if (on) {
      replyTimer = setTimeout(function () {
        typing.hidden = true;
        add("system", "Er kwam geen antwoord van de assistent. Probeer het opnieuw, of neem telefonisch contact op met ARAG.", false);
      }, REPLY_TIMEOUT_MS);
    }
  }

  function greet() {
    add("bot", GREETING, false);
    renderButtons(EXAMPLES.map(function (q) { return { title: q, payload: q }; }));
  }

  transcript.forEach(render);
  if (!transcript.length) { greet(); }

  var url = config.socketUrl || (window.location.protocol + "//" + window.location.hostname + ":" + config.rasaPort);
  var socket = window.io(url, { transports: ["websocket"], reconnectionDelayMax: 5000, timeout: 5000 });

  socket.on("connect", function () {
    socket.emit("session_request", { session_id: sessionId });
  });

  socket.on("session_confirm", function (data) {
    var id = typeof data === "string" ? data : data && data.session_id;
    if (id) { sessionId = id; store.set(KEY_SESSION, id); }
    resendUnsent();
    takenOver = null;  // the server sends "handoff" right after this while an employee is in the chat
    store.set(KEY_HANDOFF, null);
    setStatus(true, "Online");
  });

  socket.on("handoff", function (msg) {
    takenOver = msg && msg.state === "live" ? { name: String(msg.name || "") } : null;
    store.set(KEY_HANDOFF, takenOver);
    if (takenOver) { waiting(false); }
    setStatus(true, takenOver ? "Online: u chat met " + (takenOver.name || "een medewerker") + " (medewerker)" : "Online");
  });

  socket.on("bot_uttered", function (msg) {
    waiting(false);
    if (msg.text && msg.speaker === "medewerker") { add("agent", msg.text, true, msg.name); }
    else if (msg.text) { add("bot", msg.text); }
    var buttons = msg.quick_replies || msg.buttons;
    if (buttons && buttons.length) { renderButtons(buttons); }
  });

  function offline() {
    waiting(false);
    setStatus(false, "Niet verbonden: de assistent is nu niet bereikbaar. We proberen opnieuw te verbinden…");
  }
  socket.on("disconnect", offline);
  socket.on("connect_error", offline);

  function sendMessage(payload, shown) {
    if (!socket.connected) {
      // Kept (also across a reload) and sent as soon as the assistant is back: nothing is lost.
      var unsent = store.get(KEY_UNSENT, []);
      unsent.push(payload);
      store.set(KEY_UNSENT, unsent);
      add("user", shown);
      add("system", "Uw bericht is nog niet verstuurd: de assistent is nu niet bereikbaar. " +
        "We versturen het zodra de verbinding terug is.", false);
      return true;
    }
    socket.emit("user_uttered", { message: payload, session_id: sessionId });
    add("user", shown);
    if (!takenOver) { waiting(true); }
    return true;
  }

  function resendUnsent() {
    var unsent = store.get(KEY_UNSENT, []);
    if (!unsent.length) { return; }
    store.set(KEY_UNSENT, []);
    unsent.forEach(function (payload) { socket.emit("user_uttered", { message: payload, session_id: sessionId }); });
    add("system", "Verbinding hersteld: uw bericht is verstuurd.", false);
    if (!takenOver) { waiting(true); }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) { input.focus(); return; }
    if (sendMessage(text, text)) { input.value = ""; }
    input.focus();
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  reset.addEventListener("click", function () {
    if (transcript.length && !window.confirm("Wilt u een nieuw gesprek beginnen? Het huidige gesprek wordt dan gewist.")) {
      input.focus();
      return;
    }
    transcript = [];
    store.set(KEY_TRANSCRIPT, []);
    store.set(KEY_UNSENT, []);
    window.localStorage.removeItem(KEY_SESSION);
    takenOver = null;
    store.set(KEY_HANDOFF, null);
    sessionId = null;
    log.textContent = "";
    if (socket.connected) { socket.emit("session_request", { session_id: null }); }
    greet();
    input.focus();
  });

  setStatus(false, "Verbinden…");
})();
