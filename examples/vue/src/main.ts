import { createApp } from 'vue';
import 'session-view/session-view.js';
import App from './App.vue';

createApp(App).mount('#app');
