// Defaults of the stories layer's reads (see stories.ts).

/** Stories listed by `StoriesRepo.list` when no limit is given. */
export const DEFAULT_STORY_LIMIT = 20;
