// Runs in a worker thread: reads a new French version and compares it with the current one, so
// that a large or hostile file costs a thread of its own, never the server's main thread.
import { parentPort, workerData } from "node:worker_threads";
import { prepareSourceUpdate } from "../../../domain/source-update/prepare-source-update";

parentPort?.postMessage(prepareSourceUpdate(workerData));
