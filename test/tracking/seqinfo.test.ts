import { describe, expect, it } from "vitest";
import { parseSeqInfo } from "../../runtime/tracking/index.js";
import { codeOf } from "../error-code-of.js";

const parsed = (text: string): Promise<unknown> => Promise.resolve().then(() => parseSeqInfo(text, "a.ini"));

describe("parseSeqInfo", () => {
  it("reads the [Sequence] section", () => {
    const info = parseSeqInfo("[Sequence]\nname=TUD-Campus\nimDir=img1\nframeRate=25\nseqLength=71\nimWidth=640\nimHeight=480\nimExt=.jpg\n", "seqinfo.ini");
    expect(info).toEqual({ name: "TUD-Campus", frameRate: 25, seqLength: 71, imWidth: 640, imHeight: 480 });
  });

  it("refuses a missing or bad frameRate / seqLength with MOT_FILE_INVALID", async () => {
    expect(await codeOf(parsed("[Sequence]\nseqLength=10\n"))).toBe("MOT_FILE_INVALID");
    expect(await codeOf(parsed("[Sequence]\nframeRate=0\nseqLength=10\n"))).toBe("MOT_FILE_INVALID");
    expect(await codeOf(parsed("[Sequence]\nframeRate=25\nseqLength=1.5\n"))).toBe("MOT_FILE_INVALID");
    expect(await codeOf(parsed("[Sequence]\nframeRate 25\n"))).toBe("MOT_FILE_INVALID");
    expect(await codeOf(parsed("[Other]\nframeRate=25\nseqLength=10\n"))).toBe("MOT_FILE_INVALID");
  });
});
