import { handleRoute } from "@/server/api/handle-route";
import { getQualitySettings } from "@/server/services/quality/get-quality-settings";
import { updateQualitySettings } from "@/server/services/quality/update-quality-settings";
import { getQualitySettingsContract, updateQualitySettingsContract } from "@/server/services/quality/quality-settings.schema";

export const GET = handleRoute(getQualitySettingsContract, ({ actor }) => getQualitySettings({ actor }));
export const PUT = handleRoute(updateQualitySettingsContract, ({ actor, body }) => updateQualitySettings({ actor, input: body }));
