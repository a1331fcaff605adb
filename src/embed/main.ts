import { mount } from "svelte";
import Embed from "./Embed.svelte";
import "../app.css";

mount(Embed, { target: document.getElementById("embed")! });
