import * as path from "path";

/** The built add-in: `npm run build` writes dist/; IKU_DIST_DIR points elsewhere (e.g. a private build). */
export const DIST_DIR = process.env.IKU_DIST_DIR ?? path.resolve(__dirname, "../../dist");
