import { render } from "preact";
import { takeTokenFromUrl } from "./api.ts";
import { App } from "./app.tsx";
import { interceptLinks } from "./router.ts";
import "./styles.css";

takeTokenFromUrl();
interceptLinks();
render(<App />, document.getElementById("app")!);
