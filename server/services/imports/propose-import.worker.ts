// Runs in a worker thread: reads and aligns one import, so that a large or hostile pair of files
// costs a thread of its own and never the server's main thread (see run-import-worker.ts).
import { parentPort, workerData } from "node:worker_threads";
import { proposeImport, proposeTranslation } from "../../../domain/import/propose-import";

// One worker for both kinds of reading: a new article's two files, or a new language's file aligned to an article.
parentPort?.postMessage(workerData?.task === "translation" ? proposeTranslation(workerData) : proposeImport(workerData));
