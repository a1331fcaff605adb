import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

// The static header of index.html, painted while the scripts loaded, gives way to the page in
// a task of its own: evaluating the scripts and building the page are two shorter tasks, not
// one long one (a phone's total blocking time counts each task's time over 50 ms).
setTimeout(() => {
  const target = document.getElementById("app")!;
  target.replaceChildren();
  mount(App, { target });
}, 0);
