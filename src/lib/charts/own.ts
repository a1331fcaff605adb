/**
 * The user's own figures (the CSV preview) among published ones: their place
 * ids carry a prefix no published id has, so any chart can tell them apart
 * and draw them in their own colour (theme.ts).
 */
export const FILE_PREFIX = "file:";

/** Whether a place id is one of the user's file (marked by the preview). */
export const isFilePlace = (placeId: string): boolean => placeId.startsWith(FILE_PREFIX);
