import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/styles.css';
import './demo.css';
import { App } from './App';
import { startMockActionKit } from './mockServer';

startMockActionKit()
  .catch((error: unknown) => console.error('[demo] the mock ActionKit did not start:', error))
  .finally(() => {
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
