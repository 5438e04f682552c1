/** Every check of an xlsx package Excel would care about: schemas, then what no schema sees. */
import { schemaProblems } from "./schema";
import { semanticProblems } from "./semantic";

/** All problems of the package; [] when Excel should open it without a repair prompt. */
export async function ooxmlProblems(xlsx: Uint8Array): Promise<string[]> {
  const { problems } = await schemaProblems(xlsx);
  // One line per distinct problem: a wrong formula repeated on 200 rows is one finding.
  return [...new Set([...problems, ...(await semanticProblems(xlsx))])];
}
