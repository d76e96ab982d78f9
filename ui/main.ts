// The web app's entry: registers the shell, which registers every view it shows.
import './app/sl-app.ts';
