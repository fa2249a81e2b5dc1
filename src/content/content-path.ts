// Where the album content is served, under the app's base path (its own module so the tiny entry can name it).
export const CONTENT_URL = `${import.meta.env.BASE_URL}data/rosie.json`;
