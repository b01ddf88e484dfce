// "No time to read? Get a summary": asks POST /api/summary for the article's summary, lists it in the summary box and
// marks the chosen sentences in place. Every piece of text goes in through textContent or text nodes, never as markup.
// Without JavaScript the form still works: it loads the page with ?summary=3, rendered on the server.
"use strict";

(function () {
  const form = document.getElementById("summary-form");
  const article = document.getElementById("article");
  if (!form || !article) return;

  const box = document.getElementById("summary");
  const list = document.getElementById("summary-list");
  const status = document.getElementById("summary-status");
  const button = document.getElementById("summary-button");
  const select = document.getElementById("summary-length");

  function lengthOf(value) {
    if (value.endsWith("%")) return { percent: Number(value.slice(0, -1)) };
    if (value.endsWith("w")) return { words: Number(value.slice(0, -1)) };
    return { sentences: Number(value) };
  }

  // Rebuilds each text block from its own text, wrapping the parts of the chosen sentences' spans in <mark>.
  function highlight(sentences) {
    for (const block of article.querySelectorAll(".text-block")) {
      const start = Number(block.dataset.start);
      const end = Number(block.dataset.end);
      const text = block.textContent;
      const parts = [];
      let position = start;
      for (const s of sentences) {
        const from = Math.max(s.start, position);
        const to = Math.min(s.start + s.length, end);
        if (from >= to) continue;
        if (from > position) parts.push(document.createTextNode(text.slice(position - start, from - start)));
        const mark = document.createElement("mark");
        mark.dataset.index = String(s.index);
        mark.dataset.rank = String(s.rank);
        mark.textContent = text.slice(from - start, to - start);
        parts.push(mark);
        position = to;
      }
      if (position < end) parts.push(document.createTextNode(text.slice(position - start)));
      block.replaceChildren(...parts);
    }
  }

  function show(message, sentences) {
    box.hidden = false;
    status.textContent = message;
    list.replaceChildren(...sentences.map(function (s) {
      const item = document.createElement("li");
      item.dataset.index = String(s.index);
      item.dataset.rank = String(s.rank);
      item.textContent = s.text;
      return item;
    }));
  }

  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    const value = select.value;
    button.disabled = true;
    button.setAttribute("aria-busy", "true");
    try {
      const response = await fetch("/api/summary", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Accept": "application/json" },
        body: JSON.stringify(Object.assign({ id: article.dataset.articleId }, lengthOf(value))),
      });
      const body = await response.json();
      if (!response.ok) {
        highlight([]);
        show("No summary: " + (body.detail || body.title || response.status), []);
      } else {
        highlight(body.sentences);
        show(body.sentences.length + " of " + body.documentSentenceCount + " sentences, highlighted in the article below.", body.sentences);
        const url = new URL(window.location.href);
        url.searchParams.set("summary", value);
        url.hash = "summary";
        window.history.replaceState(null, "", url);
      }
    } catch (error) {
      highlight([]);
      show("No summary: the server could not be reached.", []);
    } finally {
      button.disabled = false;
      button.removeAttribute("aria-busy");
      box.focus();
      article.dataset.summaryState = "done";
    }
  });
})();
