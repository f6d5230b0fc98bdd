// Runs in a worker thread: reads and aligns one import, so that a large or hostile pair of files
// costs a thread of its own and never the server's main thread (see run-import-worker.ts).
import { parentPort, workerData } from "node:worker_threads";
import { proposeImport } from "../../../domain/import/propose-import";

parentPort?.postMessage(proposeImport(workerData));
