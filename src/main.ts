import { mount } from "svelte";
import App from "./App.svelte";
import "./app.css";

const target = document.getElementById("app")!;
// The static header of index.html, painted while the scripts loaded, gives way to the page.
target.replaceChildren();
mount(App, { target });
