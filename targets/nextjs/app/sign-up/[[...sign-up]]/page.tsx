// Clerk's sign-up component on an optional catch-all route (it routes its own sub-steps).
import { SignUp } from '@clerk/nextjs';

export default function SignUpPage() {
  return <SignUp />;
}
