export { type Migration, migrations } from "./migrations.ts";
export { openStore, type Store, type StoreOptions } from "./open-store.ts";
