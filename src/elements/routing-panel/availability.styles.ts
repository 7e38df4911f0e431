import { css } from 'lit';

/** Availability badges, shared by the picker options and the panel's review card. */
export const availabilityStyles = css`
  .availability {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-size: var(--_font-size-small);
  }
  .availability-dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_fg-muted);
  }
  .availability-online .availability-dot {
    background: var(--_success);
  }
  .availability-away .availability-dot {
    background: var(--_warning);
  }
  .availability-busy .availability-dot {
    background: var(--_danger);
  }
  .availability-offline .availability-dot {
    background: transparent;
    border: 1px solid var(--_fg-muted);
  }
  .capacity {
    color: var(--_fg-muted);
    font-size: var(--_font-size-small);
  }
  .unavailable {
    color: var(--_danger);
    font-size: var(--_font-size-small);
    font-weight: 600;
  }
`;
